"""The command line's command groups, one module each; cli.py parses and dispatches."""
