"""One settings object. Every field can be set from the environment with the ASSISTANT_ prefix.

An unknown setting is an error, not silently ignored: a keyword argument that is not a field, or an
``ASSISTANT_*`` environment variable that names no field (``ASSISTANT_HOMME``), raises ConfigError
naming it and the closest valid name, and so does a value that does not validate.

Settings of one area are a sub-model (``retrieval``, ``chat``, ``agent``, ``app``, ``store``,
``embedding``, ``ingest``), set from the
environment with ``__`` between the group and the field: ``ASSISTANT_RETRIEVAL__TOP_K=3``,
``ASSISTANT_CHAT__BACKEND=openai`` (or the whole group as JSON: ``ASSISTANT_CHAT='{"backend": "openai"}'``).
A name that moved into a group (``ASSISTANT_TOP_K``, ``Settings(top_k=3)``) is reported with its new one.

``python -m assistant.settings [README.md] [--check]`` (``make settings-doc``) regenerates the
README's settings table from the fields; ``--check`` only reports whether it is stale.
"""

from assistant.settings.areas import EmbeddingSettings, IngestSettings, StoreSettings
from assistant.settings.core import (
    DEFAULT_GGUF,
    ENV_PREFIX,
    NESTED_DELIMITER,
    Settings,
    check_environment,
    env_name,
    env_names,
    leaf_fields,
)
from assistant.settings.groups import AgentSettings, AppSettings, ChatSettings, RetrievalSettings
from assistant.settings.table import (
    README,
    TABLE_END,
    TABLE_START,
    main,
    settings_table,
    with_settings_table,
)

__all__ = [
    "DEFAULT_GGUF", "ENV_PREFIX", "NESTED_DELIMITER", "README", "TABLE_END", "TABLE_START", "AgentSettings",
    "AppSettings", "ChatSettings", "EmbeddingSettings", "IngestSettings", "RetrievalSettings", "Settings",
    "StoreSettings", "check_environment", "env_name", "env_names",
    "leaf_fields", "main", "settings_table", "with_settings_table",
]
