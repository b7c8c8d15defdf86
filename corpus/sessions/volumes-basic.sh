# Named volumes: create, ls, inspect, mount, in use, rm.
docker pull -q busybox
docker volume create data
docker volume ls
docker volume inspect -f '{{.Name}} {{.Driver}} {{.Mountpoint}} {{.Scope}}' data
docker run --name writer -v data:/data busybox sh -c 'echo hello > /data/greeting'
docker run --rm --name reader -v data:/data busybox cat /data/greeting
docker run --rm --name reader2 --mount source=data,target=/mnt,readonly busybox cat /mnt/greeting
docker volume rm data
docker rm writer
docker volume rm data
docker volume rm data
docker volume ls -q
