import subprocess
import sys

import pytest


@pytest.mark.parametrize("module", ["service.nlp", "service.nlp.article", "service.corpus"])
def test_imports_without_flask(module):
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in {'flask', 'flask_smorest', 'marshmallow', 'werkzeug'}:\n"
        "            raise ImportError('blocked ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        f"import {module}\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_warm_start_never_imports_spacy(tmp_path):
    """With every analysis cached, the app starts without spaCy (import and model: ~3 s)."""
    build = (
        "from service.corpus import load_corpus\n"
        f"load_corpus('seeds', cache_dir={str(tmp_path)!r})\n"
    )
    subprocess.run([sys.executable, "-c", build], check=True)
    start = (
        "import sys\n"
        "from service import create_app\n"
        f"app = create_app({{'CORPUS_DIR': 'seeds', 'CACHE_DIR': {str(tmp_path)!r}}})\n"
        "assert app.test_client().get('/v1/documents').status_code == 200\n"
        "assert 'spacy' not in sys.modules, 'spaCy imported on a warm start'\n"
    )
    subprocess.run([sys.executable, "-c", start], check=True)
