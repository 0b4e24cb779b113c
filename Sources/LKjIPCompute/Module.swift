// Module LKjIPCompute: see the pipeline overview in README.md.
