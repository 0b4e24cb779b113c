// Module LKjIP: see the pipeline overview in README.md.
