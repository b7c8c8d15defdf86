# Restart policies (only .HostConfig.RestartPolicy is looked at), docker update --restart, and inspect of Config/Path/Args/Name/Image
docker pull -q busybox
docker pull -q nginx
docker run -d --name r-no --restart no busybox sh -c 'exit 2'
docker run -d --name r-fail --restart on-failure:3 busybox sh -c 'exit 2'
docker run -d --name r-always --restart always busybox sh -c 'exit 2'
docker run -d --name r-unless --restart unless-stopped busybox sh -c 'exit 2'
docker inspect -f '{{.Name}} {{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}}' r-no r-fail r-always r-unless
docker inspect -f '{{.HostConfig.RestartPolicy}}' r-fail
docker inspect -f '{{json .HostConfig.RestartPolicy}}' r-always
docker wait r-no
docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' r-no
docker update --restart on-failure:5 r-no
docker inspect -f '{{.HostConfig.RestartPolicy.Name}}:{{.HostConfig.RestartPolicy.MaximumRetryCount}}' r-no
docker run -d --name r-bad --restart sometimes busybox true
docker run -d --name r-bad2 --restart always:3 busybox true
docker run --rm --restart always busybox true
docker create --name plain busybox echo hi
docker inspect -f '{{.State.Status}} {{.HostConfig.RestartPolicy.Name}}' plain
docker start -a plain
docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' plain
docker update --restart unless-stopped plain
docker inspect -f '{{.HostConfig.RestartPolicy.Name}}' plain
docker inspect -f '{{.Config.Cmd}} | {{.Config.Entrypoint}} | {{.Path}} | {{.Args}}' r-no
docker inspect -f '{{json .Config.Cmd}} {{json .Config.Entrypoint}}' plain
docker create --name ng -e MODE=test nginx
docker inspect -f '{{.Config.Cmd}} | {{.Config.Entrypoint}} | {{.Path}} | {{.Args}}' ng
docker inspect -f '{{.Config.Env}}' ng
docker inspect -f '{{range .Config.Env}}{{println .}}{{end}}' r-no
docker inspect -f '{{.Name}} {{.Config.Image}}' ng r-no
docker inspect -f '{{.Image}}' ng
docker images --no-trunc --format '{{.Repository}} {{.ID}}' | sort
docker inspect -f '{{.State.Status}}' ng
