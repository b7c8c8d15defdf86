# Published ports in every form, as ps and docker port show them.
docker pull -q busybox
docker create --name p1 -p 8080:80 -p 127.0.0.1:9090:90/udp --expose 7000-7001 busybox sleep 300
docker ps -a --format '{{.Names}}: {{.Ports}}'
docker start p1
docker create --name p2 -p 127.0.0.1:8000-8001:8000-8001 busybox sleep 300
docker start p2
docker ps -a --format '{{.Names}}: {{.Ports}}' | sort
docker port p1
docker port p1 80
docker port p1 90/udp
docker port p1 81
docker port p2
docker inspect -f '{{json .HostConfig.PortBindings}}' p1
docker rm -f p1 p2
