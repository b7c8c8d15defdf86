# Volumes as in the notes: create, inspect, share between containers, then clean up.
docker pull -q nginx
docker pull -q busybox
docker volume create nginx_volume
docker volume create nginx_volume
docker volume inspect nginx_volume
docker volume inspect -f '{{.Name}} {{.Driver}} {{.Scope}}' nginx_volume
docker run -d -p 8080:80 --name nginx_container --restart always -v nginx_volume:/usr/share/nginx/html nginx > /dev/null
docker run --rm -v nginx_volume:/data busybox ls /data
docker run --rm -v nginx_volume:/data busybox sh -c 'echo "<p>volume page</p>" > /data/v.html'
curl -s 127.0.0.1:8080/v.html
docker volume ls
docker volume ls -q -f name=nginx
docker volume rm nginx_volume
docker volume create data2
docker run --rm -v data2:/d busybox sh -c 'date -u -d @0 +%F > /d/when; cat /d/when'
docker run --rm -v data2:/d:ro busybox sh -c 'cat /d/when; rm /d/when 2>&1'
docker volume inspect data2 nosuchvol
docker volume rm data2 nosuchvol
docker volume ls --format '{{.Name}}'
docker rm -f nginx_container
docker volume rm nginx_volume
docker volume create --name
docker volume ls -q
