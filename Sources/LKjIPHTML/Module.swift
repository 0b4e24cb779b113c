// Module LKjIPHTML: see the pipeline overview in README.md.
