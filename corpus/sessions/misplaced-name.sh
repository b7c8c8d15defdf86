# Options after the image belong to the command: --name here is an argument of nginx, not docker's.
docker pull -q nginx:latest
docker run -d --restart always -p 8080:80 nginx:latest --name nginx_container_name > /dev/null
docker ps -a --filter name=nginx_container_name --format '{{.Names}}'
docker ps -a --format '{{.Image}} {{.Command}} {{.Ports}}'
docker inspect -f '{{json .Args}}' $(docker ps -aq)
docker rm -f $(docker ps -aq) > /dev/null
