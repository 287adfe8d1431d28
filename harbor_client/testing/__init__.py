"""A local Harbor on 127.0.0.1 for tests, demos and the quickstart."""
