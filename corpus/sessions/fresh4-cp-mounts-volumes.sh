# cp, bind mounts and volumes
mkdir site && echo '<h1>hi</h1>' > site/index.html
docker run -d --name keep busybox sleep 300
docker cp site/index.html keep:/tmp/
docker exec keep cat /tmp/index.html
docker cp keep:/etc/hostname ./hostname.txt
ls
docker cp keep:/nosuch/file .
docker cp nosuchbox:/etc/hosts .
docker cp site keep:/srv
docker exec keep ls /srv/site
docker run --rm -v "$(pwd)/site:/data" busybox ls /data
docker run --rm -v $(pwd)/site:/data busybox cat /data/index.html
docker run --rm -v site:/data busybox ls /data
docker volume ls
docker volume create nginx_volume
docker volume inspect nginx_volume
docker volume inspect -f '{{.Mountpoint}}' nginx_volume
docker run --rm -v nginx_volume:/vol busybox sh -c 'echo saved > /vol/note.txt'
docker run --rm -v nginx_volume:/vol busybox cat /vol/note.txt
docker run --rm --mount type=volume,source=nginx_volume,target=/vol alpine ls /vol
docker run --rm -v nginx_volume:/vol:ro busybox touch /vol/x
docker volume rm site
docker volume ls -q | sort
docker volume rm nginx_volume site
docker volume prune -f
docker volume ls
