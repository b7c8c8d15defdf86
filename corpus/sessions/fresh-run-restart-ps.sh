# Running nginx detached with restart policies, then finding it again with ps filters and formats, as the notes do.
docker pull -q nginx:latest
docker pull -q busybox
docker run -d --restart always nginx:latest > id.txt
docker ps -f id=$(cut -c1-2 id.txt) --format '{{.Image}} {{.Command}} {{.Status}} {{.Ports}}'
docker ps -f id=$(cat id.txt) --no-trunc --format '{{.ID}} {{.Command}}'
docker ps --no-trunc --format 'table {{.Image}}\t{{.Command}}\t{{.Ports}}'
docker run -d --restart always -p 8080:80 nginx:latest --name nginx_container_name
docker ps -a -f name=nginx_container_name
docker ps -a --format '{{.Status}}' | cut -d' ' -f1 | sort
docker rm -f $(docker ps -aq) > /dev/null
docker run -d --name web --restart always nginx:latest > /dev/null
docker inspect -f '{{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}} {{.RestartCount}}' web
docker run -d --name flaky --restart on-failure:2 busybox sh -c 'exit 3' > /dev/null
docker run -d --name once --restart no busybox true > /dev/null
docker run -d --name keep --restart unless-stopped busybox sleep 300 > /dev/null
docker run -d --name bad --restart on busybox true
docker run -d --name bad2 --restart=sometimes busybox true
docker run -d --name bad3 --restart always:3 busybox true
docker run --rm --restart always busybox true
docker wait once
docker inspect -f '{{.Name}} {{.HostConfig.RestartPolicy.Name}}' web once keep
docker ps --format '{{.Names}}' | sort
docker ps -a --filter status=exited --format '{{.Names}}' | grep -v flaky
docker ps -a --filter exited=0 --format '{{.Names}}'
docker ps --filter ancestor=nginx --format '{{.Names}} {{.Image}}'
docker ps --filter ancestor=busybox --format '{{.Names}}'
docker ps -a --filter name=we --format '{{.Names}}'
docker ps -a --filter "name=^/web$" -q | wc -l
docker ps --filter status=running --filter name=keep --format '{{.Names}} {{.Status}}' | cut -c1-7
docker ps -a --filter label=app --format '{{.Names}}'
docker ps --filter stauts=running
docker ps -f restart=always
docker ps -n 1 --format '{{.Names}}'
docker ps -l --format '{{.Names}} {{.Command}}'
docker ps -s --format '{{.Names}} {{.Size}}' --filter name=once -a
docker ps --format json --filter name=keep | head -c 30
echo
docker ps -a --format '{{.Names}}\t{{.Image}}' --filter name=once
docker stop keep
docker ps -a --filter name=keep --format '{{.Status}}' | cut -d' ' -f1-2
docker stop $(docker ps -q -f ancestor=nginx)
docker rm $(docker ps -aq -f status=exited) | wc -l
docker ps -a --format '{{.Names}}'
docker rm -f flaky > /dev/null
