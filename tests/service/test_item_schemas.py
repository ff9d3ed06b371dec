"""The documented item schemas name exactly the fields the canned endpoints build."""

from __future__ import annotations

from dkg.service.item_schemas import ITEM_SCHEMAS, page_schema
from dkg.service.item_shapes import SHAPES


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
