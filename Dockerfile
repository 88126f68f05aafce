# syntax=docker/dockerfile:1
# Build: install the hash-locked runtime dependencies into a virtualenv.
FROM python:3.11-slim-bookworm AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
WORKDIR /build
COPY requirements.lock .
RUN python -m venv /opt/venv \
    && /opt/venv/bin/pip install --require-hashes --no-deps -r requirements.lock

# Run: the virtualenv, the code and the embedded corpus, as an unprivileged user.
FROM python:3.11-slim-bookworm
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    HOST=0.0.0.0 \
    PORT=8000 \
    CORPUS_DIR=/app/seeds \
    CACHE_DIR=/cache
# /cache is owned by the app user so that a named volume mounted there starts writable.
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin app \
    && mkdir /cache && chown 10001 /cache
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY service/ service/
COPY seeds/ seeds/
USER 10001
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen(f\"http://127.0.0.1:{os.environ['PORT']}/readyz\", timeout=2)"]
CMD ["gunicorn", "-c", "service/gunicorn_conf.py", "service:create_app()"]
