# docker builder prune's prompt (the lab CLI has no buildx plugin: the classic builder's prune of the daemon's build
# cache) and the one context a fresh client has, "default". With buildx installed, today's CLI hands builder prune
# to buildx, whose prompt reads the same; its report does not ("Total:\t0B" for the classic "Total reclaimed space:
# 0B", buildx's commands/prune.go), so `builder prune -f` and `-a -f` were taken out of this session (their
# recording was the classic builder's) and BuilderPruneTest holds buildx's answer.
# The lab CLI also prints the legacy builder's DEPRECATED notice on stderr, which a client with buildx (the
# simulator's) does not: stderr is left out.
docker builder prune 2>/dev/null
docker context ls
docker context ls -q
docker context show
docker context inspect
docker context inspect -f '{{.Name}} {{.Endpoints.docker.Host}}' default
docker context inspect nope 2>&1 | cut -d: -f1,2
docker context use default
docker context show
