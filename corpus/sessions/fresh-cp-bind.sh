# Changing files inside a container: docker cp both ways, then the notes' bind mount of the workspace into nginx.
docker pull -q nginx
docker pull -q busybox
docker run -d --name web nginx
mkdir html
echo '<h1>hello from host</h1>' > html/index.html
docker cp html/index.html web:/usr/share/nginx/html/index.html
docker exec web cat /usr/share/nginx/html/index.html
docker exec web ls /usr/share/nginx/html
docker cp web:/etc/nginx/nginx.conf .
ls
head -3 nginx.conf
docker cp web:/usr/share/nginx/html ./copied
ls copied
docker cp web:/usr/share/nginx/html/ copied2
ls copied2
docker cp web:/nosuch/file .
docker cp nosuch.txt web:/tmp/
docker cp html/index.html nosuchcontainer:/tmp/
docker cp html/index.html web
docker cp html web:/tmp
docker exec web ls -R /tmp
docker cp - web:/tmp < /dev/null
docker cp web:/usr/share/nginx/html/index.html - | tar -tf -
docker exec web sh -c 'echo made inside > /tmp/inside.txt'
docker cp web:/tmp/inside.txt ./inside.txt && cat inside.txt
docker stop web
docker cp web:/tmp/inside.txt again.txt
cat again.txt
docker rm web
cd html
docker run -d -p 8080:80 --restart always --name nginx_container \
-v $(pwd):/usr/share/nginx/html nginx:latest
curl -s 127.0.0.1:8080
copy ../html/index.html $(pwd)
echo '<p>second page</p>' > two.html
curl -s 127.0.0.1:8080/two.html
docker exec nginx_container ls /usr/share/nginx/html
docker exec nginx_container sh -c 'echo from container > /usr/share/nginx/html/c.txt'
cat c.txt
docker inspect -f '{{range .Mounts}}{{.Type}} {{.Source}} {{.Destination}} {{.RW}}{{end}}' nginx_container
cd ..
docker run --rm -v $(pwd)/html:/data:ro busybox sh -c 'ls /data; touch /data/x 2>&1'
docker run --rm -v $(pwd)/newdir:/data busybox sh -c 'echo made > /data/f'
ls -ld newdir
cat newdir/f
docker run --rm -v html:/data busybox ls /data
docker volume ls --format '{{.Name}}'
docker run --rm -v ./html:/data busybox cat /data/two.html
docker run --rm --mount type=bind,source=$(pwd)/html,target=/web busybox ls /web
docker run --rm --mount type=bind,source=$(pwd)/nosuch,target=/web busybox ls /web
docker run --rm -v relative/path:/data busybox true
docker rm -f nginx_container > /dev/null
docker volume rm html
