"""promoplanner: a supermarket's holiday promotions from plan to shop floor."""

__version__ = "0.1.0"
