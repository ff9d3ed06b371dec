"""The documented item schemas name exactly the fields the canned endpoints build."""

from __future__ import annotations

from dkg.service.catalog import load_catalog
from dkg.service.item_schemas import ITEM_SCHEMAS, page_schema
from dkg.service.item_shapes import SHAPES
from tests.service.conftest import QUERIES_DIR


def test_item_schemas_cover_every_shape_and_its_fields() -> None:
    assert set(ITEM_SCHEMAS) == set(SHAPES)
    for name, shape in SHAPES.items():
        built = {"id", *shape.fields, *(["sources"] if shape.with_sources else [])}
        documented = ITEM_SCHEMAS[name]["properties"]
        assert set(documented) == built, name
        assert set(ITEM_SCHEMAS[name]["required"]) == built, name


def test_item_schemas_a_query_without_a_shape_pages_plain_rows() -> None:
    items = page_schema("a-researchers-own-query")["properties"]["items"]["items"]
    assert items["additionalProperties"] == {"type": "string"}


def test_item_schemas_admit_every_code_a_filter_accepts() -> None:
    """A code a researcher can filter on (``?status=postponed``) can come back in an item, so
    the item schema must list it, or schema-checking clients reject the answer."""
    visits = load_catalog(QUERIES_DIR)["visits"]
    for field in ("type", "status"):
        (param,) = [p for p in visits.params if p.name == field]
        documented = ITEM_SCHEMAS["visits"]["properties"][field]["anyOf"][0]["enum"]
        assert param.enum and set(documented) == set(param.enum), field
