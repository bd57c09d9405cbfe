"""quotetool: who said what in a news story, with offsets, cues and reasons.

>>> import quotetool
>>> doc = quotetool.extract('“It is done,” Mayor Ana Ruiz said.')
>>> doc.quotes[0].speaker
'Ana Ruiz'
"""

from .config import Config
from .errors import ConfigError, InputError, QuotetoolError
from .model import Document, Mention, Quote, Span, Speaker
from .pipeline import extract

__version__ = "0.1.0"

__all__ = ["Config", "ConfigError", "Document", "InputError", "Mention", "Quote", "QuotetoolError",
           "Span", "Speaker", "extract", "__version__"]
