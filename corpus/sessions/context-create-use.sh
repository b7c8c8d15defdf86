# docker context create, use, rm and inspect of contexts of the learner's own (the recording's client config is a
# fresh HOME, the tutor's is its session): messages on stderr, the * marker, validation errors and the refusal to
# remove the context in use.
docker context create h15-ctx --docker host=unix:///var/run/docker.sock
docker context create h15-ctx --docker host=unix:///var/run/docker.sock
docker context create h15-tcp --description "a remote one" --docker host=tcp://127.0.0.1:2375
docker context create default
docker context create 'bad name'
docker context create h15-bad --docker nosuch=x
docker context create h15-bad2 --docker host=
docker context create
docker context create h15-copy
docker context create h15-from --from h15-tcp --description copied
docker context create h15-both --from h15-tcp --docker host=tcp://x:1
docker context create h15-skip --docker host=tcp://127.0.0.1:2376,skip-tls-verify=maybe
docker context ls
docker context use h15-ctx
docker context show
docker context ls
docker context ls -q
docker ps
docker context rm h15-ctx
docker context rm -f h15-ctx
docker context show
# the store's paths (under the client's config directory, here the recording's HOME) are left out
docker context inspect h15-tcp | grep -v Path
docker context inspect --format '{{.Name}} {{.Metadata.Description}} {{.Endpoints.docker.Host}}' h15-tcp
docker context inspect --format '{{.Name}} {{.Metadata.Metadata.Description}} {{.Endpoints.docker.Host}} {{json .Metadata}}' h15-tcp
docker context use nosuch 2>&1 | cut -d: -f1,2
docker context rm nosuch 2>&1 | cut -d: -f1,2
docker context rm h15-tcp h15-copy h15-from default
docker context rm -f nosuch
docker context ls
