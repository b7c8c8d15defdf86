# Publishing ports with -p (host ip, /tcp, /udp, ranges), docker port, port conflicts and --expose
docker pull -q nginx
docker pull -q busybox
docker run -d --name web1 -p 8080:80 nginx
docker run -d --name web2 -p 127.0.0.1:8081:80 nginx
docker run -d --name web3 -p 8082:80/tcp nginx
docker run -d --name dns1 -p 53:53/udp busybox sleep 300
docker run -d --name rng1 -p 9000-9001:9000-9001 busybox sleep 300
docker port web1
docker port web1 80
docker port web2
docker port web3 80/tcp
docker port web1 443
docker port dns1 53/udp
docker port dns1 53
docker port rng1 9001
docker port rng1 | sort
docker ps --format '{{.Names}}: {{.Ports}}' | sort
docker inspect -f '{{.HostConfig.PortBindings}}' web1
docker inspect -f '{{.NetworkSettings.Ports}}' web1
docker inspect -f '{{json .NetworkSettings.Ports}}' web2
docker inspect -f '{{.HostConfig.PortBindings}}' dns1 rng1
docker run -d --name web4 -p 8080:80 nginx
docker ps -a --filter name=web4 --format '{{.Names}} {{.State}}'
docker inspect -f '{{.HostConfig.PortBindings}}' web4
docker run -d --name web5 -p 70000:80 nginx
docker run -d --name exp1 --expose 7000 busybox sleep 300
docker ps --filter name=exp1 --format '{{.Ports}}'
docker port exp1
docker inspect -f '{{.Config.ExposedPorts}}' exp1 web1
docker run -d --name exp2 --expose 7000 -p 7001:7000 busybox sleep 300
docker port exp2
docker rm -f web1 web2 web3 web4 dns1 rng1 exp1 exp2
docker ps -a --format '{{.Names}}'
