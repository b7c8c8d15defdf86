# Without a TTY, curl prints its progress meter on stderr unless -s is given.
curl 127.0.0.1:80
curl -s 127.0.0.1:8080
curl -sS 127.0.0.1:8080
docker pull -q nginx:latest
docker run -d --name web -p 8080:80 nginx:latest
docker ps --format '{{.Names}} {{.Image}} {{.Ports}} {{.Command}}'
docker port web
curl -s 127.0.0.1:8080
curl -i --silent 127.0.0.1:8080
curl -I 127.0.0.1:8080
curl -s 127.0.0.1:8080/50x.html
curl -s -o /dev/null -w '%{http_code}\n' 127.0.0.1:8080/nosuch
curl -s 127.0.0.1:80
docker rm -f web
curl -s 127.0.0.1:8080
