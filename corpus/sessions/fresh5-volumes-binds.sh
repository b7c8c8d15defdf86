# named volumes, -v and --mount (volume, bind, readonly), sharing files between containers
docker pull -q busybox
docker volume create myvol
docker volume ls
docker volume inspect -f '{{.Name}} {{.Driver}} {{.Mountpoint}}' myvol
docker volume inspect --format '{{json .Labels}} {{.Scope}}' myvol
docker run --rm -v myvol:/data busybox sh -c 'echo first line > /data/msg.txt'
docker run --rm -v myvol:/data busybox sh -c 'echo second line >> /data/msg.txt; cat /data/msg.txt'
docker run --rm --mount type=volume,source=myvol,target=/data,readonly busybox cat /data/msg.txt
docker run --rm --mount type=volume,source=myvol,target=/data,readonly busybox sh -c 'echo third >> /data/msg.txt'
docker run --rm -v myvol:/data:ro busybox rm /data/msg.txt
docker run -d --name holder -v myvol:/data busybox sleep 300
docker volume rm myvol
docker inspect -f '{{range .Mounts}}{{.Type}} {{.Name}} {{.Destination}} {{.RW}}{{end}}' holder
docker rm -f holder
docker volume rm myvol
docker pull -q nginx
docker run -d --name web -v webvol:/usr/share/nginx/html nginx
docker run --rm -v webvol:/html busybox ls /html
docker volume ls --format '{{.Name}} {{.Driver}}'
mkdir site
echo '<h1>hello bind mount</h1>' > site/index.html
docker run --rm -v $(pwd)/site:/web busybox cat /web/index.html
docker run --rm -v "$PWD/site:/web" busybox sh -c 'echo written in container > /web/from-container.txt'
ls site
cat site/from-container.txt
docker run --rm --mount type=bind,source=$PWD/site,target=/web,readonly busybox sh -c 'echo x > /web/x.txt'
docker run --rm --mount type=bind,source=$PWD/nosuch,target=/web busybox ls /web
docker run --rm --mount type=bind,source=site,target=/web busybox ls /web
docker run --rm -v $PWD/made-by-docker:/web busybox ls /web
ls
docker volume create tossme
docker volume prune -f
docker volume ls --format '{{.Name}}'
docker rm -f web
docker volume rm webvol
