# user-defined networks: create, ls, inspect -f, connect, disconnect, rm, name resolution
docker network ls --format '{{.Name}} {{.Driver}} {{.Scope}}'
docker network create mynet
docker network ls --filter name=mynet --format '{{.Name}} {{.Driver}}'
docker network inspect -f '{{.Driver}} {{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}' mynet
docker network create --subnet 10.20.0.0/24 labnet
docker network inspect --format '{{json .IPAM.Config}}' labnet
docker pull -q busybox
docker pull -q nginx
docker run -d --name web --network mynet nginx
docker run --rm --network mynet busybox ping -c 1 web | head -n 1
docker run --rm --network mynet busybox wget -qO- http://web/
docker run --rm --network mynet busybox wget -qO- http://web/nosuch.html
docker run --rm busybox ping -c 1 web
docker network inspect -f '{{range .Containers}}{{.Name}} {{.IPv4Address}}{{end}}' mynet
docker run -d --name box --network labnet --ip 10.20.0.50 busybox sleep 300
docker exec box hostname -i
docker exec box ping -c 1 web
docker network connect mynet box
docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}' box
docker exec box wget -qO- http://web/ | head -n 1
docker network connect mynet box
docker network rm mynet
docker network disconnect mynet box
docker exec box wget -qO- http://web/
docker network disconnect mynet box
docker run --rm --network none busybox ip addr
docker run --rm --network none busybox wget -qO- http://web/
docker run --rm --network nosuchnet busybox true
docker network inspect -f '{{.Name}} {{.Driver}}' bridge host none
docker rm -f web box
docker network rm mynet labnet
docker network ls --format '{{.Name}}'
