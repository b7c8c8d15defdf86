# docker inspect / image inspect / container inspect with -f and --format Go templates
docker pull -q busybox
docker pull -q alpine:3.7
docker pull -q nginx
docker image inspect -f '{{.Os}}/{{.Architecture}}' busybox
docker image inspect --format '{{index .RepoTags 0}}' alpine:3.7
docker image inspect -f '{{.Config.Cmd}}' nginx
docker image inspect -f '{{json .Config.Cmd}}' nginx
docker image inspect -f '{{join .Config.Cmd " "}}' nginx
docker inspect -f '{{.Config.Entrypoint}}' nginx
docker image inspect -f '{{range $p, $v := .Config.ExposedPorts}}{{$p}} {{end}}' nginx
docker image inspect -f '{{upper .Os}} layers={{len .RootFS.Layers}}' nginx
docker image inspect -f '{{printf "%-8s|%s|" .Os .Config.WorkingDir}}' alpine:3.7
docker image inspect -f '{{.Size}}' busybox alpine:3.7
docker image inspect -f '{{.Config.Cmdd}}' busybox
docker image inspect -f '{{.Config.Cmd' busybox
docker image inspect -f '{{range .RepoTags}}{{.}}{{end' busybox
docker create --name tmpl -e APP=demo -e LEVEL=debug -l team=infra -l tier=web --restart on-failure:3 -w /srv busybox echo hello
docker inspect -f '{{.Name}} {{.State.Status}}' tmpl
docker container inspect -f '{{.Config.Image}} {{.Path}} {{.Args}}' tmpl
docker inspect -f '{{range .Config.Env}}{{println .}}{{end}}' tmpl
docker inspect -f '{{index .Config.Labels "team"}}' tmpl
docker inspect -f '{{json .Config.Labels}}' tmpl
docker inspect -f '{{range $k, $v := .Config.Labels}}{{$k}}={{$v}};{{end}}' tmpl
docker inspect -f '{{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}} {{.Config.WorkingDir}}' tmpl
docker run --name done busybox sh -c 'exit 7'
docker inspect -f '{{.State.ExitCode}} {{.State.Status}} {{.State.OOMKilled}}' done
docker container inspect --format '{{len .Mounts}} {{.HostConfig.NetworkMode}}' done
docker inspect -f '{{.Name}} {{.State.Status}}' tmpl done
docker inspect -f '{{.State.Nothing}}' done
docker inspect -f '{{.Name}}' tmpl nosuch
docker inspect --type container -f '{{.Name}}' busybox
docker image inspect -f '{{.Id}}' tmpl
docker rm tmpl done
