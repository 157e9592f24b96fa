"""Signatures in the Standard Webhooks scheme (https://www.standardwebhooks.com/): HMAC-SHA256 over
"<webhook-id>.<webhook-timestamp>.<body>" with the subscription's secret, sent as `webhook-signature: v1,<base64>`.
"""

import base64
import hashlib
import hmac


def _key(secret: str) -> bytes:
    return base64.b64decode(secret.removeprefix("whsec_"))


def sign(secret: str, message_id: str, timestamp: int, body: bytes) -> str:
    signed = f"{message_id}.{timestamp}.".encode() + body
    return "v1," + base64.b64encode(hmac.new(_key(secret), signed, hashlib.sha256).digest()).decode()


def headers(secret: str, message_id: str, timestamp: int, body: bytes) -> dict[str, str]:
    return {
        "Content-Type": "application/json",
        "User-Agent": "claimtrack-webhooks/1",
        "webhook-id": message_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": sign(secret, message_id, timestamp, body),
        # The same key under the name HTTP APIs use for retries: the same event is the same key.
        "Idempotency-Key": message_id,
    }
