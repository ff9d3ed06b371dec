"""What the compiled shapes report, and the error for shapes they cannot compile."""

from __future__ import annotations

from dataclasses import dataclass

from dkg.ontology.document_index import Term


class ShapesNotCompilable(ValueError):
    """shapes.ttl uses a SHACL feature the compiled shapes do not translate.

    Write the constraint with the supported components (listed in compiled_shapes'
    _PROPERTY_KEYS), or add its translation together with an equivalence test against pySHACL.
    """


@dataclass(frozen=True)
class Violation:
    """One validation result: the focus node, the path (None for node-level constraints), the
    shape's sh:message, and the offending value when the constraint is about one value."""

    focus: Term
    path: str | None
    message: str
    value: Term | None
