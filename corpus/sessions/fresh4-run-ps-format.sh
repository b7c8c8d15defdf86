# run -d, --name, -p, --restart and ps with filters and --format
docker pull -q nginx
docker run -d --name web1 -p 8080:80 nginx
docker run -d --restart always --name web2 nginx:latest
docker run --rm -p 8081:80 nginx:latest --name web3
docker ps --format '{{.Names}} {{.Ports}}'
docker ps -a --format '{{.Names}}\t{{.Status}}' | sort
docker ps -f name=web1 --format '{{.Names}}'
docker ps --filter "name=web" --format "{{.Names}}" | sort
docker ps -f status=exited --format '{{.Names}}'
docker ps -a -f status=created --format '{{.Names}}'
docker ps -q | wc -l
docker port web1
docker port web1 80
docker port web2
docker run -d --name web1 nginx
docker run -d -p 8080:80 --name web4 nginx
docker inspect -f '{{.HostConfig.RestartPolicy.Name}}' web2
docker run -d --restart sometimes nginx
docker run -d -p 99999:80 nginx
docker ps --format '{{.Image}}' | sort | uniq -c
docker ps --format 'table {{.Names}}\t{{.Image}}' -f name=web2
docker ps -n 1 --format '{{.Names}}'
docker ps -a --filter ancestor=nginx --format '{{.Names}}' | sort
docker container ls -l --format '{{.Names}} {{.Command}}'
docker ps --no-trunc -f name=web1 --format '{{.Command}}'
docker ps --filter status=running --filter name=web2 -q | wc -l
