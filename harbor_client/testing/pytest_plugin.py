"""The pytest plugin of harbor_client: fixtures that start a local Harbor.

Registered through the ``pytest11`` entry point, so it loads in every pytest run of a
project that has harbor_client installed; it therefore only defines fixtures and
starts nothing until a test asks for one.
"""
