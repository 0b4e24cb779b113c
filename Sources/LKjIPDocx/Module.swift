// Module LKjIPDocx: see the pipeline overview in README.md.
