# docker builder prune (the lab CLI has no buildx plugin: the classic builder's prune of the daemon's build cache)
# and the one context a fresh client has, "default". With buildx installed, today's CLI hands builder prune to
# buildx, whose prompt and output read the same for an empty cache.
# The lab CLI also prints the legacy builder's DEPRECATED notice on stderr, which a client with buildx (the
# simulator's) does not: stderr is left out of these three.
docker builder prune 2>/dev/null
docker builder prune -f 2>/dev/null
docker builder prune -a -f 2>/dev/null
docker context ls
docker context ls -q
docker context show
docker context inspect
docker context inspect -f '{{.Name}} {{.Endpoints.docker.Host}}' default
docker context inspect nope 2>&1 | cut -d: -f1,2
docker context use default
docker context show
