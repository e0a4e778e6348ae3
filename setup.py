"""Build hook: the wheel ships the checkout's models/ folder as `pipeline/models`.

models/ stays at the top of the checkout, where it is edited; pyproject.toml maps it
(package-dir, package-data), but package discovery only finds folders under pipeline/,
so the mapped package is added to the build here. resources.py looks for
`pipeline/models` first, then the checkout's models/ (an editable install).
"""

from setuptools import setup
from setuptools.command.build_py import build_py

MODELS = 'pipeline.models'


class BuildWithModels(build_py):
    """build_py over the discovered packages plus models/ as `pipeline.models`."""

    def finalize_options(self):
        super().finalize_options()
        if MODELS not in self.packages:
            self.packages = [*self.packages, MODELS]


setup(cmdclass={'build_py': BuildWithModels})
