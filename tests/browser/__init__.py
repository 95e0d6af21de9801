"""End-to-end tests through JupyterLab in headless chromium (see conftest.py)."""
