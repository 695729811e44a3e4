"""Requests and other messages between the sides (Art. 8, 9, 10): drafting, registration,
the recorded steps, lists and the dashboard.

Every save is one transaction: the request, its registration number, its steps and the
audit entry are written together or not at all. Every read goes through
``can_see_request`` (Art. 11.1); a hidden request is reported exactly like a missing one.
"""

from migdesk.requests.drafting import Drafting
from migdesk.requests.reading import Reading
from migdesk.requests.step_letters import StepLetters
from migdesk.requests.stepping import Stepping


class RequestService(Drafting, Stepping, StepLetters, Reading):
    """The request service both faces use: drafting and registration (``drafting``), the
    recorded steps (``stepping``), their signed letters (``step_letters``) and the reads
    (``reading``), over one vault and its user."""
