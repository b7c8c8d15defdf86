# Containers talking to each other: the default bridge has no names, a user network has.
docker pull -q nginx
docker pull -q busybox
docker network ls
docker network create mynet
docker network create mynet
docker run -d --name web --network mynet nginx > /dev/null
docker run --rm --network mynet busybox wget -qO- web | grep title
docker run --rm --network mynet busybox ping -c1 web | head -1 | cut -d' ' -f1-2
docker run --rm --network mynet busybox nslookup web | tail -n +3 | head -2
docker run --rm busybox ping -c1 web
docker run --rm busybox wget -q -O - http://web/
docker run -d --name other busybox sleep 600 > /dev/null
docker network connect mynet other
docker exec other wget -qO- web | head -4 | tail -1
docker exec other ping -c 1 -W 1 web | grep -c 'bytes from'
docker network inspect -f '{{range .Containers}}{{.Name}} {{end}}' mynet | tr ' ' '\n' | sort
docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}' other
docker network disconnect mynet other
docker exec other ping -c1 web
docker network rm mynet
docker network connect nosuchnet other
docker network create --driver foo badnet
docker network ls --filter name=my --format '{{.Name}} {{.Driver}}'
docker rm -f web other > /dev/null
docker network rm mynet
docker network ls --format '{{.Name}}' | sort
