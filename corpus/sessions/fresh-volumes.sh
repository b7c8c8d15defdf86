# The notes' nginx_volume: create, inspect, mount into nginx, read it from another container, clean up.
docker pull -q nginx
docker pull -q busybox
docker volume create nginx_volume
docker volume inspect nginx_volume
docker volume ls
docker run -d\
	-p 8080:80 \
	--name nginx_container \
	--restart always \
	-v nginx_volume:/usr/share/nginx/html nginx
docker run --rm -v nginx_volume:/v busybox ls /v
ls /var/lib/docker/volumes/nginx_volume/_data/
docker run --rm -v nginx_volume:/v busybox sh -c 'echo "<p>new</p>" > /v/new.html'
curl -s 127.0.0.1:8080/new.html
docker volume inspect -f '{{.Mountpoint}}' nginx_volume
docker volume inspect --format '{{json .Labels}} {{.Driver}}' nginx_volume
docker inspect -f '{{range .Mounts}}{{.Type}} {{.Name}} {{.Destination}} {{.Driver}} {{.RW}}{{end}}' nginx_container
docker volume create --label owner=me labelled
docker volume ls -f label=owner
docker volume ls --filter name=nginx -q
docker volume ls -f dangling=true
docker volume ls --format 'table {{.Name}}\t{{.Driver}}'
docker volume create
docker volume ls -q | wc -l
docker volume rm nginx_volume
docker volume rm nosuch_volume
docker run --rm -v anon:/data busybox sh -c 'echo kept > /data/k'
docker run --rm -v anon:/data busybox cat /data/k
docker run -d --name withanon -v /data busybox sleep 100 > /dev/null
docker inspect -f '{{range .Mounts}}{{.Type}} {{.Destination}}{{end}}' withanon
docker rm -f -v withanon
docker run --rm --mount source=mvol,target=/m busybox sh -c 'echo m > /m/file; ls /m'
docker run --rm --mount type=volume,src=mvol,dst=/m,readonly busybox sh -c 'cat /m/file; touch /m/x 2>&1'
docker run --rm --mount src=mvol busybox true
docker run --rm --mount type=volume,source=mvol,target=/m,foo=bar busybox true
docker run --rm --volumes-from nginx_container busybox ls /usr/share/nginx/html
docker rm -f nginx_container
docker volume ls -q
docker volume prune -f
docker volume prune -a -f
docker volume ls
docker system df -v | grep -A3 'Local Volumes'
