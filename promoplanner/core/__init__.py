"""The business of promoplanner in plain Python: values, rules, holidays, brackets."""
