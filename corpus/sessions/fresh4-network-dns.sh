# user networks and name resolution between containers
docker network ls
docker network create mynet
docker network create mynet
docker network ls --format '{{.Name}} {{.Driver}}' | sort
docker network inspect -f '{{.Driver}} {{.Scope}}' mynet
docker run -d --name db --network mynet busybox sleep 600
docker run -d --name app --net mynet busybox sleep 600
docker exec app ping -c 1 db > /dev/null && echo reachable
docker run --rm --network mynet busybox ping -c 1 -W 1 nosuchhost
docker run --rm busybox ping -c 1 -W 1 db
docker run --rm --network mynet busybox nslookup db | head -2
docker network inspect -f '{{range .Containers}}{{.Name}} {{end}}' mynet | tr ' ' '\n' | sort
docker network create --driver bridge othernet
docker network connect othernet app
docker inspect -f '{{len .NetworkSettings.Networks}}' app
docker network disconnect othernet app
docker network disconnect othernet app
docker network rm mynet
docker network rm othernet
docker network inspect nosuchnet
docker run --rm --network nosuchnet busybox true
docker network create --driver foo badnet
docker rm -f db app
docker network rm mynet
docker network prune -f
docker network ls --format '{{.Name}}'
