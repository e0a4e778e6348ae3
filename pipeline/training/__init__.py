"""Training the models in models/ from the public corpora (needs the `train` extra only where it says so)."""
