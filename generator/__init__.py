"""The build step: Harbor's definition in, the generated client out.

``python -m generator --spec PATH`` loads Harbor's Swagger 2.0 definition, applies the
project's corrections (spec/corrections.yaml), converts it to OpenAPI 3.0 with
swagger2openapi, generates the client with openapi-python-client and templates derived
from its own, formats it with ruff, writes the operation records and the resource
namespaces, stamps the result and replaces ``harbor_client/_generated``.
"""
