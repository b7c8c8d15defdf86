# What works offline from the registry commands: logout, login without a TTY,
# and pushing an image that is not there. (search and real pushes need Docker Hub.)
docker logout
docker logout
docker login
docker login -u learner
docker push busybox
docker push nosuch:1.0
docker image push busybox
