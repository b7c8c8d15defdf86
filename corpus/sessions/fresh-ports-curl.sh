# The notes' port lesson: without -p nothing answers on the host; with -p 8080:80 nginx answers.
docker pull -q nginx
docker run -d --name plain nginx
docker ps --format '{{.Names}} {{.Ports}}'
curl 127.0.0.1:80 2>/dev/null
echo $?
docker run -d -p 8080:80 --name published nginx:latest
docker ps --format '{{.Names}}: {{.Ports}}'
curl -i --silent 127.0.0.1:8080 | head -1
curl -s -o /dev/null -w '%{http_code}\n' 127.0.0.1:8080
curl -s 127.0.0.1:8080/nosuch.html | head -3
curl -s -I http://localhost:8080/ | head -1
docker port published
docker port published 80/tcp
docker port plain
docker run -d -p 8080:80 --name clash nginx
docker ps -a --filter name=clash --format '{{.Status}}'
docker rm clash
docker run -d -p 80 --name random nginx > /dev/null
docker port random | wc -l
docker run -d -p 127.0.0.1:9000:80 --name local nginx > /dev/null
docker port local
curl -s 127.0.0.1:9000 | grep -c nginx
docker run -d -P --name all nginx > /dev/null
docker inspect -f '{{json .HostConfig.PortBindings}} {{.HostConfig.PublishAllPorts}}' all
docker run -d -p 8081:80/udp --name udp busybox sleep 100 > /dev/null
docker port udp
docker run -d -p 99999:80 nginx
docker run -d -p 8082 -p abc:80 nginx
docker run -d -p 8083:80:tcp nginx
docker inspect --format '{{range $p, $b := .NetworkSettings.Ports}}{{$p}} {{end}}' published
docker stop published
curl -s 127.0.0.1:8080
echo $?
docker start published
curl -s 127.0.0.1:8080 | head -4 | tail -1
docker rm -f $(docker ps -aq) > /dev/null
