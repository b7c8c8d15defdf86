# Changing files inside a container: docker cp both ways and a bind mount of the working directory.
docker pull -q nginx
docker pull -q busybox
docker run -d --name box busybox sleep 600 > /dev/null
echo 'hello from the host' > note.txt
docker cp note.txt box:/tmp/note.txt
docker exec box cat /tmp/note.txt
docker cp note.txt box:/nosuchdir/note.txt
docker cp box:/etc/hostname .
wc -c hostname
docker cp box:/etc ./etc-copy
ls etc-copy | head -5
docker cp box:/tmp/missing.txt .
docker cp nosuch:/tmp/note.txt .
docker cp note.txt
mkdir site
echo '<h1>bind</h1>' > site/index.html
docker run -d --name web -p 8080:80 -v $(pwd)/site:/usr/share/nginx/html nginx > /dev/null
curl -s localhost:8080
echo '<h1>changed</h1>' > site/index.html
curl -s localhost:8080
docker exec web ls -l /usr/share/nginx/html | wc -l
docker run --rm -v $(pwd)/site:/site:ro busybox sh -c 'echo x > /site/x.html'
docker run --rm -v $(pwd)/site:/site busybox sh -c 'echo new > /site/new.html'
ls site
docker run --rm -v site:/site busybox ls /site
docker inspect -f '{{range .Mounts}}{{.Type}} {{.Destination}} {{.Mode}} {{.RW}}{{end}}' web
docker rm -f web box > /dev/null
docker volume rm site
