# Ports: the notes' curl 127.0.0.1:80 that gets no answer, then -p, then a few wrong -p values.
docker pull -q nginx
docker run -d --name plain nginx > /dev/null
curl 127.0.0.1:80
curl -s 127.0.0.1:80 ; echo "exit $?"
docker run -d --restart always -p 8080:80 --name web nginx > /dev/null
curl -i --silent 127.0.0.1:8080 | head -1
curl -s 127.0.0.1:8080 | grep title
curl -s -o /dev/null -w '%{http_code} %{content_type}\n' http://localhost:8080/
curl -s -o /dev/null -w '%{http_code}\n' 127.0.0.1:8080/missing
docker port web
docker port web 80
docker port web 443
docker port plain
docker ps --format '{{.Names}} -> {{.Ports}}'
docker run -d -p 8080:80 --name second nginx
docker rm second
docker run -d -p 8081:80 -p 8082:80 --name twice nginx > /dev/null
docker port twice
curl -s 127.0.0.1:8082 | wc -l
docker run -d -p 80:8080:80 nginx
docker run -d -p :80 --name nohost nginx > /dev/null
docker inspect -f '{{json .HostConfig.PortBindings}}' nohost
docker run -d --expose 9000 --name exposed busybox sleep 100 > /dev/null
docker ps -f name=exposed --format '{{.Ports}}'
docker rm -f $(docker ps -aq) > /dev/null
curl -s 127.0.0.1:8080; echo $?
