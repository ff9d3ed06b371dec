"""Who may write: requests carrying ``Authorization: Bearer <update token>``, and only when the
service was started with a token (otherwise it is read-only)."""

from __future__ import annotations

import hmac

from starlette.requests import Request

from dkg.service.errors import Forbidden, Unauthorized
from dkg.service.settings import Settings


def require_update_token(request: Request, settings: Settings) -> None:
    """Let the request write, or raise.

    Raises:
        Forbidden: updates are disabled, or the token is wrong.
        Unauthorized: no bearer token was sent.
    """
    if settings.update_token is None:
        raise Forbidden(
            "this service is read-only; start it with DKG_UPDATE_TOKEN set to enable updates"
        )
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized(
            "updates need the header 'Authorization: Bearer <token>'",
            headers={"WWW-Authenticate": 'Bearer realm="dkg"'},
        )
    expected = settings.update_token.get_secret_value().encode()
    if not hmac.compare_digest(token.strip().encode(), expected):
        raise Forbidden("the bearer token is not this service's update token")
