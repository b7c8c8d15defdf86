# -e, --env-file, -l, --label-file, -w, -u, -h, --entrypoint as the container sees them.
docker pull -q busybox
printf 'MODE=dev\n# comment\n\n  GREETING=hello world\nUNSET_VAR\n' > app.env
printf 'team=web\nowner=me\n' > labels.txt
docker run --name envs --env-file app.env -e MODE=prod -e EXTRA=1 busybox env | grep -v -e ^HOSTNAME -e ^PATH -e ^HOME
docker run --name labelled -l tier=front --label-file labels.txt busybox true
docker inspect -f '{{json .Config.Labels}}' labelled
docker ps -a --filter label=team=web --format '{{.Names}} {{.Label "tier"}}'
docker run --name wd -w /tmp -u 1000:1000 -h myhost busybox sh -c 'pwd; id; hostname'
docker run --name ep --entrypoint echo busybox from entrypoint
docker inspect -f '{{json .Config.Entrypoint}} {{json .Config.Cmd}} {{.Config.WorkingDir}}' ep wd
docker rm envs labelled wd ep
