"""The Streamlit app's pages and their shared parts (``app.py`` mounts them with ``st.navigation``).

Pages call ``assistant.api.Assistant`` (and the report / trainer / agent entry points) only, never the
index or the retriever; tests/test_architecture.py checks their imports.
"""
