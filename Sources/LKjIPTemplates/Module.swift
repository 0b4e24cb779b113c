// Module LKjIPTemplates: see the pipeline overview in README.md.
