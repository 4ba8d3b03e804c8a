"""A stand-in for the NLP worker: dies on the article with id 'boom', names the others (for test_pool.py)."""
import os


def work(chunk):
    if any(raw.id == "boom" for raw in chunk):
        os._exit(3)
    return [raw.id for raw in chunk]


def pid(chunk):
    """The worker's process id for each article (to see workers recycled)."""
    return [(raw.id, os.getpid()) for raw in chunk]
