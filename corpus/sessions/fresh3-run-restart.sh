# Detached runs with restart policies, then ps filters and formats, as in the notes' 4.2.2.
docker pull -q nginx
docker pull -q busybox
docker run -d --restart always --name web nginx:latest
docker run -d --restart on-failure --name failer busybox sh -c 'sleep 600; exit 1' > /dev/null
docker run -d --restart unless-stopped --name sleeper busybox sleep 600 > /dev/null
docker run -d --restart no --name done busybox echo finished > /dev/null
docker run -d --restart=alway busybox true
docker run -d --restart on-failure:x busybox true
docker wait done
docker logs done
docker ps --format '{{.Names}}' | sort
docker ps -a --filter name=done --format '{{.Names}} {{.Status}}' | cut -d' ' -f1-3
docker ps -f name=web --format 'table {{.Names}}\t{{.Image}}\t{{.Ports}}'
docker ps -f ancestor=busybox -f status=running --format '{{.Names}}'
docker ps -f status=up
docker ps -f "label=x" -q
docker ps -a -f exited=0 --format '{{.Names}}: {{.Command}}'
docker ps --format '{{.ID}}' | wc -c
docker ps --format '{{.Nmes}}'
docker ps -q --no-trunc | awk '{print length($0)}'
docker inspect -f '{{.HostConfig.RestartPolicy.Name}}:{{.HostConfig.RestartPolicy.MaximumRetryCount}}' web failer sleeper done
docker update --restart no web
docker inspect -f '{{.HostConfig.RestartPolicy.Name}}' web
docker stop sleeper web
docker ps -q | wc -l
docker rm -f $(docker ps -aq) | wc -l
