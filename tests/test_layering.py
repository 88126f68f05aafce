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
